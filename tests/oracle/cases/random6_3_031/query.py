df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, nvl2(note, 'y', 'n') AS hasnote, greatest(qty, 2) AS g FROM events WHERE user RLIKE '^[a-d]'")
OUTPUT_MODE = "append"
