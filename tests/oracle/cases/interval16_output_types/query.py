from pyspark.sql.functions import col, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.select("category", expr("INTERVAL 1 HOUR").alias("h"), expr("INTERVAL '1:30' HOUR TO MINUTE").alias("hm"),
                   expr("interval '10' minute").alias("m"), expr("INTERVAL 2 DAYS").alias("d"), expr("INTERVAL '12.5' SECOND").alias("s"),
                   (col("timestamp") + expr("INTERVAL 90 MINUTES")).alias("later"))
OUTPUT_MODE = "append"
# The harness cannot write interval values (timedelta), so no row passes: the case checks the types.
result = result.where("category = 'none'")
