df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, id, user, abs(qty - 3) AS dq FROM events")
OUTPUT_MODE = "append"
