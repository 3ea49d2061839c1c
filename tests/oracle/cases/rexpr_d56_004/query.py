from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(dt IS NOT NULL)").withColumn("c1", (col("n") / F.nullif(col("i").try_cast("decimal(10,4)"), lit(0)))).withColumn("c2", expr("ts")).withColumn("c3", expr("(nullif(i, 5) - i)")).withColumn("c4", (col("i") >= F.xxhash64(F.when((col("d") > lit(0.5)), col("s")).when(lit(True), col("s")).otherwise(col("s")), col("ts")))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
