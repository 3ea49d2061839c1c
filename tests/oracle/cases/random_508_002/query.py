from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter("category LIKE 's%'").dropDuplicates(["id", "timestamp"]).select("timestamp", "id", "category")
OUTPUT_MODE = "append"
