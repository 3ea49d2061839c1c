spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("a TIMESTAMP, b TIMESTAMP, n INT").json(INPUT)
result = df.select("n",
    expr("sequence(a, b)"),
    expr("sequence(a, b, INTERVAL 24 HOUR) AS h24"),
    expr("sequence(a, b, INTERVAL 1 MONTH) AS m"),
    expr("sequence(a, a + INTERVAL 3 HOURS, INTERVAL 90 MINUTE) AS m90"),
    expr("sequence(CAST(a AS TIMESTAMP_NTZ), CAST(b AS TIMESTAMP_NTZ), INTERVAL 1 DAY) AS ntz"))
OUTPUT_MODE = "append"
