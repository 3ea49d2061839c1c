from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, n DECIMAL(5,3), dt DATE, f FLOAT, m DECIMAL(12,4), i INT, ts TIMESTAMP, d DOUBLE, b BOOLEAN, t STRING").json(INPUT)
result = df.filter("(arrays_overlap(array(i, 3), array(1, 2, i)) OR (m = 99.99))").selectExpr("id", "coalesce(timestamp_add('HOUR', ascii(t), make_timestamp(year(to_date('2024-02-29')), month(to_date('2024-02-29')), dayofmonth(to_date('2024-02-29')), 0, 0, 15.5)), TIMESTAMP'2024-02-29 00:00:00') AS c1", "TRY_CAST(f AS INT) AS c2").where((col("i") > lit(5)))
OUTPUT_MODE = "append"
