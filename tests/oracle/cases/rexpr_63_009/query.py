from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(ts + 1) AS c1"), F.date_trunc("SECOND", (col("ts") - expr("INTERVAL -3 DAYS"))), expr("(n / nullif(12.345, 0))"), expr("add_months(add_months(dt, i), locate('o', 'x-y')) AS c4")).filter(((~lit(7).isin(lit(3), lit(10), lit(-1))) | (col("c4") >= F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
