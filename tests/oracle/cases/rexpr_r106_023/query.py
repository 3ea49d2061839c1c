from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("from_json(to_json(named_struct('v', cot(nullif(d, 0)))), 'v DOUBLE').v").alias("c1"), F.trunc(F.make_date(F.year(F.date_sub(col("dt"), col("i"))), lit(2), lit(1)), "Q").alias("c2"))
OUTPUT_MODE = "append"
