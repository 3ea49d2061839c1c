df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, concat_ws('-', user, channel) AS uc FROM events")
OUTPUT_MODE = "append"
