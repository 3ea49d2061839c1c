df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT regexp_replace(user, '[aeiou]', '*') AS masked, greatest(qty, 2) AS g, initcap(user) AS iu, nvl2(note, 'y', 'n') AS hasnote FROM events")
OUTPUT_MODE = "append"
