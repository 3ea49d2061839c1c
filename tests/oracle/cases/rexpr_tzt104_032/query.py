spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((n + m) + (10 * i)) AS c1", "(m * i) AS c2", "length('2024-02-29') AS c3", "make_date(2024, 12, 28) AS c4", "(f / nullif(f, 0)) AS c5").filter("(c5 > 2.0D)")
OUTPUT_MODE = "append"
