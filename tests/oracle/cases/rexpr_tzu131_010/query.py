spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "array_max(array(ascii(char(tinyint(abs(i) % 100))), i, 3)) AS c1", "inline_outer(filter(array(struct(i AS p, 0.5D AS q)), e -> e.p > 0))", "(to_json(from_csv('abc', 'a INT, b STRING')) ILIKE '%') AS c3").where("(dt > DATE'2024-02-29')")
OUTPUT_MODE = "append"
