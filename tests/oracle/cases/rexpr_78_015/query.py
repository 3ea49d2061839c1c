from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(endswith(CASE b WHEN false THEN s WHEN false THEN s END, '') OR (n <> 0.001))").createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_extract(s, '([0-9]+)', 1) AS k1, min(s) AS a1, (max((- greatest(m, n))) - min((- greatest(m, n)))) AS a2, bool_or(isnan(log10(d))) AS a3 FROM src GROUP BY regexp_extract(s, '([0-9]+)', 1)")
OUTPUT_MODE = "update"
