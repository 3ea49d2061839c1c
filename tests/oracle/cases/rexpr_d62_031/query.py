from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("date_from_unix_date(i) AS c1", "hypot(d, i) AS c2").filter("(isnull((c2 < 3.75D)) OR (c1 > to_date('2000-01-01')))")
OUTPUT_MODE = "append"
