from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when((col("dt") >= F.to_date(lit("2000-01-01"))), (col("m") >= expr("0.5"))).when((col("d") >= lit(float("nan"))), (col("d") != lit(2.0)))).withColumn("c2", expr("substring(s, d, 2)")).withColumn("c3", expr("(d * d)")).withColumn("c4", (col("ts") + expr("INTERVAL 1 DAY"))).withColumn("c5", expr("(least((id + 86400L), id, id) - id)")).withColumn("c6", F.trunc(F.least(col("dt"), col("dt"), col("dt")), "Q"))
OUTPUT_MODE = "append"
