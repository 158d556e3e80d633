fn main() {
    incident_navi::start();
}
