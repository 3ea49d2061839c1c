from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "expm1(d) AS c1", "ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c2", "schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}')").filter("coalesce((dt > ts), true)")
OUTPUT_MODE = "append"
