df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT nvl2(note, 'y', 'n') AS hasnote, space(qty) AS sp, user, concat_ws('-', user, channel) AS uc FROM events")
OUTPUT_MODE = "append"
