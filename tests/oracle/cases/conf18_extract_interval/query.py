from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("a TIMESTAMP, b TIMESTAMP, n INT").json(INPUT)
# Spark's ExtractANSIInterval*: the fields of a day-time or year-month interval.
result = df.selectExpr(
    "extract(DAY FROM a - b) AS d",
    "extract(HOUR FROM a - b) AS h",
    "extract(MINUTE FROM a - b) AS mi",
    "extract(SECOND FROM a - b) AS s",
    "date_part('hours', b - a) AS nh",
    "extract(YEAR FROM make_ym_interval(n, 7)) AS y",
    "extract(MONTH FROM make_ym_interval(n, -7)) AS mo",
    "extract(DAY FROM INTERVAL '3' DAY * n) AS dd",
    "(a - b) > INTERVAL '1' DAY AS longer")
OUTPUT_MODE = "append"
