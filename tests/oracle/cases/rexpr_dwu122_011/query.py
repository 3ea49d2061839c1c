from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("sentences(format_string('%s', power(abs(d), 0.5D))) AS c1", "array_intersect(array(i, ascii(char(i)), NULL, 1), array(1, NULL, i)) AS c2", "CASE (s LIKE 'H%') WHEN false THEN i ELSE i END AS c3", "(12.345 > 1) AS c4").filter((lit("日本").contains("a") | col("s").isNull()))
OUTPUT_MODE = "append"
