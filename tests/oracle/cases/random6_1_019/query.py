df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, concat_ws('-', user, channel) AS uc, nvl2(note, 'y', 'n') AS hasnote, upper(region) AS r FROM events WHERE NOT (region = 'apac' AND qty > 3)")
OUTPUT_MODE = "append"
