from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((n <> 12.345) AND true) AS c1"), F.date_sub((F.when(col("b"), col("dt")).otherwise(F.add_months(F.to_date(lit("2023-12-31")), col("i"))) + expr("INTERVAL -10 DAYS")), (col("i") % F.nullif(lit(-1), lit(0)))).alias("c2"), expr("unix_timestamp(coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456')) AS c3"), ((col("dt") < F.to_date(lit("2023-12-31"))) | F.abs((col("n") - col("n"))).isNull()).alias("c4")).filter(col("c2").isNotNull())
OUTPUT_MODE = "append"
