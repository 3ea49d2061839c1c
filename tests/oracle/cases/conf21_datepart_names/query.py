df = spark.readStream.schema("id INT, dt DATE").json(INPUT)
result = df.selectExpr("id", "datepart('DAYOFWEEK', dt)", "1 + datepart('DAY', dt)", "date_part('DAY', dt)", "try_subtract(datediff(dt, dt), datepart('DAYOFWEEK', dt))")
OUTPUT_MODE = "append"
