from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(i <> n) AS k1")).agg(expr("datediff(max(add_months(dt, i)), min(add_months(dt, i))) AS a1"), expr("round(product(CASE WHEN b THEN i ELSE i END % 4), 3)").alias("a2"), expr("bit_and((try_mod(i, i) + i)) AS a3"))
OUTPUT_MODE = "complete"
