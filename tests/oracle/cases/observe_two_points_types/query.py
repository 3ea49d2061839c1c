from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, word STRING, n BIGINT, price DOUBLE, day DATE, amount DECIMAL(10,2)").load(INPUT)
result = (df.observe("before", F.count(F.lit(1)).alias("c"), F.max("day").alias("last_day"), F.sum("amount").alias("amt"))
          .filter(F.col("price") > 1.0)
          .observe("after", F.count(F.lit(1)).alias("c"), (F.sum("n") * 2 + 1).alias("expr"), F.min("price").alias("min_price"), F.count("n").alias("non_null_n"))
          .select("word", "n"))
OUTPUT_MODE = "append"
