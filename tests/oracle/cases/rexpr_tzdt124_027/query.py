spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("((m + n) / nullif(m, 0))", "nvl(b, true) AS c2", "regexp_replace(regexp_extract(t, '([0-9]+)', 1), '^.', '') AS c3").filter("((coalesce(c2, true) AND (100BD BETWEEN 100BD AND 0.001)) OR (c3 IS NULL))")
OUTPUT_MODE = "append"
