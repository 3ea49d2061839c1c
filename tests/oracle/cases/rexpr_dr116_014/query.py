from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((col("b") <= (col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999")))), lit(False)))).select(F.json_tuple(F.to_json(F.struct(col("i").alias('a'), F.make_valid_utf8(expr("to_json(from_csv(t, 'a INT, b STRING'))")).alias('b'))), 'a', 'b', 'zz'), expr("array_union(array(d, CAST('NaN' AS DOUBLE), abs(f)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))").alias("c2"), expr("(CAST(last_day(dt) AS TIMESTAMP) - INTERVAL 1 MONTH) AS c3"), expr("date_sub(element_at(array_sort(array(dt, last_day(dt), DATE'2024-02-29')), 1), i) AS c4"))
OUTPUT_MODE = "append"
