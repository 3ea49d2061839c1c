from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.get(F.split(col("s"), " "), 2).try_cast("int")).withColumn("c2", F.round(F.when(col("b"), col("m")).when(col("d").isNotNull(), F.ceil(col("m"))).when(col("b"), (col("m") * col("m"))).otherwise(F.when(col("b"), col("m")).when(col("b"), col("m")).otherwise(col("n"))), 3)).withColumn("i", expr("0")).withColumn("c4", F.coalesce((lit(10) <= col("id")), lit(None).cast("boolean"))).withColumn("c5", expr("if((dt IS NOT NULL), (year(dt) / nullif(f, 0)), f)"))
OUTPUT_MODE = "append"
