from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, ts TIMESTAMP, d DOUBLE, s STRING, j INT, m DECIMAL(7,0), dt DATE, f FLOAT, b BOOLEAN, n DECIMAL(4,1)").json(INPUT)
result = df.selectExpr("id", "(ts <= date_from_unix_date(ascii(left(s, 4)))) AS c1", "(f / -4.0D) AS c2", "unix_timestamp(dt) AS c3", "(3L - id)", "((10 * id) - nullif(i, 0)) AS c5")
OUTPUT_MODE = "append"
