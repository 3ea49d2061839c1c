from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, b BOOLEAN, i INT, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce((col("m") != col("i")), lit(False)))).withColumn("dt", F.date_add(col("dt"), col("i"))).withColumn("c2", F.date_add(col("dt"), col("i"))).withColumn("c3", F.trunc(F.greatest(col("c2"), col("dt")), "yy")).withColumn("c4", (F.coalesce(F.nvl2(F.ascii(lit("abc")), F.when(col("b"), col("ts")).otherwise(col("ts")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) - expr("INTERVAL '1-2' YEAR TO MONTH"))).withColumn("c5", expr("right(s, 0)")).select("id", "c2", "c3", "c4", "c5").where(col("m").isNotNull())
OUTPUT_MODE = "append"
