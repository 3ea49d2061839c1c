from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "date_format(dt, 'a h:mm') AS c1", "abs((i - i)) AS c2", "endswith(repeat(format_string('%e', CAST(m AS DOUBLE)), 1), ' ') AS c3")
OUTPUT_MODE = "append"
