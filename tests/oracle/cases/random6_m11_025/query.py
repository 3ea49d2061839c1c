df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT regexp_replace(user, '[aeiou]', '*') AS masked, '3' + qty AS q3s FROM events")
OUTPUT_MODE = "append"
