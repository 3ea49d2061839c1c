spark.conf.set("spark.sql.session.timeZone", "America/New_York")
df = spark.readStream.schema("k INT, ts TIMESTAMP").json(INPUT)
# A TIMESTAMP_NTZ literal is a timestamp_ntz (it was read as a TIMESTAMP in UTC).
result = df.selectExpr(
    "k",
    "TIMESTAMP_NTZ'2025-03-08 12:00:00' AS n",
    "TIMESTAMP_NTZ '2025-03-08 12:00:00.5' + INTERVAL 1 DAY AS p",
    "typeof(TIMESTAMP_NTZ'2025-03-08 12:00:00') AS t",
    "CAST(CAST(ts AS TIMESTAMP_NTZ) - TIMESTAMP_NTZ'2025-03-08 12:00:00' AS STRING) AS diff",
    "CAST(TIMESTAMP_NTZ'2025-03-08 12:00:00' AS STRING) AS s",
    "CAST(ts AS TIMESTAMP_NTZ) > TIMESTAMP_NTZ'2025-03-09 12:00:00' AS later")
OUTPUT_MODE = "append"
