from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.lower(F.when(col("b"), col("s")).otherwise(col("s"))).isin(lit("日本")) | (col("f") >= lit(2.0)))).selectExpr("id", "dt", "make_timestamp(year(CASE WHEN b THEN to_date('2024-02-29') ELSE DATE'2024-02-29' END), month(CASE WHEN b THEN to_date('2024-02-29') ELSE DATE'2024-02-29' END), dayofmonth(CASE WHEN b THEN to_date('2024-02-29') ELSE DATE'2024-02-29' END), 23, 0, 59.999999) AS c1", "format_number(CAST(NULL AS DECIMAL(10,2)), 2) AS c2", "(n / nullif(i, 0)) AS c3", "sha1(t) AS c4").where((F.regexp_like(col("c4"), lit("^[A-Z]")) | col("c3").isNull()))
OUTPUT_MODE = "append"
