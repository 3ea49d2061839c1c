from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("date_sub(dt, if((id IS NOT NULL), 1, -4))")).withColumn("s", F.right(col("s"), lit(0))).withColumn("c3", lit(86400).cast("bigint")).withColumn("c4", F.concat(col("d").cast("string"), col("s"), F.repeat(lit("abc"), 3)).eqNullSafe(F.coalesce(col("s"), lit("42")))).withColumn("c5", expr("(id / i)"))
OUTPUT_MODE = "append"
