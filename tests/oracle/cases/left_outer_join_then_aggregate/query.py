df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col, sum as sum_, coalesce, lit
dims = spark.createDataFrame([("books", "paper"), ("music", "audio")], "category STRING, kind STRING")
joined = df.join(dims, on="category", how="left_outer").withColumn("kind", coalesce(col("kind"), lit("other")))
result = joined.groupBy("kind").agg(sum_("value").alias("total"))
OUTPUT_MODE = "complete"
