from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, s STRING, j INT, dt DATE, ts TIMESTAMP, i INT, m DECIMAL(7,0), d DOUBLE").json(INPUT)
result = df.selectExpr("id", "greatest(dt, make_date(year(dt), month(dt), least(dayofmonth(dt), 28)), element_at(array_sort(array(dt, to_date('2000-01-01'), DATE'2024-02-29')), 1)) AS c1", "ceiling(CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN 1.25 ELSE m END) AS c2", "encode(schema_of_csv('1,abc,2.5,true'), 'UTF-8') AS c3", "json_tuple(least(t, to_base32(encode(s, 'utf-8'))), 'a')", "regexp_extract(t, '([0-9]+)', 1) AS c5", "rint(m) AS c6").where(F.coalesce(F.arrays_overlap(F.array((col("i") + col("i")), F.json_array_length(F.to_json(F.array(col("i"), col("i"))))), F.array(lit(1), lit(2), (col("i") + col("i")))), lit(True)))
OUTPUT_MODE = "append"
