from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((n < 0.5) OR (i <= 1))").selectExpr("id", "i", "abs((bround(m, 3) - n)) AS c1", "date_trunc('MINUTE', ts) AS c2", "(d / nullif(CASE WHEN b THEN i WHEN b THEN 3 ELSE i END, 0)) AS c3").where("coalesce(((d IS NOT NULL) OR (s IS NOT NULL)), true)")
OUTPUT_MODE = "append"
