from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, dt DATE, n DECIMAL(4,1), b BOOLEAN, j INT, d DOUBLE, s STRING, i INT, f FLOAT, m DECIMAL(12,4), t STRING").json(INPUT)
result = df.withColumn("c1", col("m").try_cast("int")).withColumn("c2", expr("try_element_at(split(CASE WHEN b THEN reverse(t) WHEN CASE WHEN b THEN (id IS NOT NULL) WHEN b THEN b ELSE (t <> '42') END THEN nvl2(s, s, 'a') ELSE 'é' END, ','), 1)")).withColumn("c3", F.date_add(col("dt"), col("i"))).withColumn("c4", F.when(col("b"), lit("o")).when(col("b"), lit("")).when(col("b"), col("t"))).withColumn("c5", expr("5")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
