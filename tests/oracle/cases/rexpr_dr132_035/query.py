from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "nullif(element_at(array_sort(array(DATE'2023-12-31', dt, DATE'2024-02-29')), 1), DATE'2023-12-31') AS c1", "arrays_overlap(array(pmod(i, nullif(i, 0))), array(CAST(NULL AS INT), 3)) AS c2").filter("(((dt <= DATE'2000-01-01') <> (dt < DATE'2023-12-31')) OR (m < 0.001))")
OUTPUT_MODE = "append"
