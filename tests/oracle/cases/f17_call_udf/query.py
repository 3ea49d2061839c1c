df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)

from pyspark.sql import functions as F
spark.udf.register("plus1", lambda x: None if x is None else x + 1, "int")
result = df.select("k", F.call_udf("plus1", "v"), F.call_udf("plus1", F.col("v") * 2).alias("p2"))
OUTPUT_MODE = "append"
