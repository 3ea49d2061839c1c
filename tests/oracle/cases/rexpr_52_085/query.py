from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(ts > TIMESTAMP'1999-12-31 23:59:59.999')").groupBy(expr("coalesce(to_date('2025-03-01'), DATE'2023-12-31') AS k1")).agg(F.count(col("s")).alias("a1"), expr("(max((i / nullif(d, 0))) - min((i / nullif(d, 0)))) AS a2"))
OUTPUT_MODE = "update"
