from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(2 - i)")).withColumn("c2", expr("CAST(j AS DOUBLE)")).withColumn("c3", F.atan2(col("j"), col("i"))).withColumn("c4", expr("nullif(id, 3L)")).withColumn("c5", F.bit_count(F.month(F.make_timestamp(F.year(F.greatest(col("dt"), col("dt"))), F.month(F.greatest(col("dt"), col("dt"))), F.dayofmonth(F.greatest(col("dt"), col("dt"))), lit(23), lit(0), lit(0))))).select("id", "c1", "c2", "c3", "c4", "c5").where("(CAST(c1 AS BOOLEAN) OR (c5 IS NOT NULL))")
OUTPUT_MODE = "append"
