from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "ts", "(least(d, d) / nullif(10, 0))", "date_format(ts, 'dd.MM.yy') AS c2", "((i * 2) + 99.99) AS c3", "ceiling(n)")
OUTPUT_MODE = "append"
