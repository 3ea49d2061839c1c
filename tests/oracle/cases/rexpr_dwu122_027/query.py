from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "factorial(zeroifnull(unix_date(make_date(2024, 1, 1)) + i)) AS c1", "tan(d) AS c2", "ascii(char(2)) AS c3")
OUTPUT_MODE = "append"
