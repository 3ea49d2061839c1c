df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT regexp_replace(user, '[aeiou]', '*') AS masked, ts + INTERVAL 1 HOUR AS later FROM events WHERE region IN ('eu', 'us')")
OUTPUT_MODE = "append"
