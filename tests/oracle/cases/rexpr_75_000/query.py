from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s", F.trunc((F.to_date(lit("2023-12-31")) - expr("INTERVAL -10 DAYS")), "mon").alias("k2")).agg(expr("avg(i) AS a1"), expr("sum(id) AS a2"))
OUTPUT_MODE = "complete"
