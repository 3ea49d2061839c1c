from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("b", expr("next_day(to_date(date_format(nvl2(dt, element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), DATE'2023-12-31'), 'dd/MM/yyyy'), 'dd/MM/yyyy'), 'SUN') AS c1"), (col("i") / lit(3.0)).alias("c2"), expr("CASE WHEN b THEN to_date('2025-03-01') ELSE trunc(date_from_unix_date(CAST(array_size(slice(array(i, i, 3, 4), -2, 5)) AS INT)), 'YEAR') END AS c3")).filter("(b OR (c3 < to_date('2023-12-31')))")
OUTPUT_MODE = "append"
