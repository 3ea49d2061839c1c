from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(DATE'2023-12-31' + INTERVAL 2 YEARS) AS c1", "date_format(dt, 'D')", "round(d) AS c3", "abs(m)", "((greatest(-3.10, m, (m / nullif(m, 0))) * m) * (m / nullif(m, 0))) AS c5").where("(id > 0L)")
OUTPUT_MODE = "append"
