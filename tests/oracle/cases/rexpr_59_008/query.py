from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "ascii(s)", "date_format(nullif(dt, to_date('2023-12-31')), 'yyyy-MM-dd')", "(id - (id / 7)) AS c3", "(-1.5D / nullif(d, 0)) AS c4")
OUTPUT_MODE = "append"
