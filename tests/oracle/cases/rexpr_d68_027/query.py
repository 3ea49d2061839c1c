from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, ts TIMESTAMP, m DECIMAL(18,6), f FLOAT, s STRING, d DOUBLE, n DECIMAL(5,3), t STRING, i INT").json(INPUT)
result = df.withColumn("c1", expr("nullif(next_day(add_months(if((n <= 0.001), dt, dt), 3), 'TU'), DATE'2000-01-01')")).withColumn("c2", (((col("id") + col("i")) - (col("id") + col("i"))) + (lit(3).cast("bigint") * lit(10)))).withColumn("c3", expr("make_timestamp(year(trunc(nvl(nullif(to_date('2025-03-01'), to_date('2023-12-31')), DATE'2024-02-29'), 'WEEK')), month(trunc(nvl(nullif(to_date('2025-03-01'), to_date('2023-12-31')), DATE'2024-02-29'), 'WEEK')), dayofmonth(trunc(nvl(nullif(to_date('2025-03-01'), to_date('2023-12-31')), DATE'2024-02-29'), 'WEEK')), 0, 0, 15.5)")).withColumn("c4", col("i").cast("bigint")).withColumn("c5", F.exists(F.split(col("s"), " "), lambda x: x == lit("Hello"))).drop("dt", "s", "d", "n", "i")
OUTPUT_MODE = "append"
