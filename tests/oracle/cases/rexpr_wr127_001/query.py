from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, f FLOAT, d DOUBLE, k BIGINT, i INT, m DECIMAL(18,6), n DECIMAL(5,3), ts TIMESTAMP, s STRING, j INT, b BOOLEAN").json(INPUT)
result = df.groupBy(expr("contains(' ', 'o') AS k1")).agg(expr("round(stddev_pop(12.345), 6)").alias("a1"), expr("round(regr_intercept((2 * i), 10), 6) AS a2"), expr("any_value(is_valid_utf8(unhex('C328')) IS NOT NULL) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
